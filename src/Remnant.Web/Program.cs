using Remnant.Data;
using Remnant.Data.Storage;
using Remnant.Web.Components;
using Remnant.Web.Features;
using Remnant.Web.Features.Dating;
using Remnant.Web.Features.Links;
using Remnant.Web.Features.Screening;
using Remnant.Web.Infrastructure;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// 127.0.0.1:5080 unless --urls, ASPNETCORE_URLS or Kestrel endpoints say otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
    builder.WebHost.UseUrls("http://127.0.0.1:5080");

builder.Services.AddRemnantData(builder.Configuration);
builder.Services.AddRemnantWeb(builder.Configuration);
builder.Services.AddSingleton<Remnant.Data.Sanctions.Store.SanctionsIndex>();
builder.Services.AddSingleton(sp => new Remnant.Domain.Embargo.EmbargoChecker(Remnant.Data.Reference.EmbargoesFile.Load(
    sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RemnantOptions>>().Value.DataDirectory).Measures));

var app = builder.Build();

// Reference tables load before anything is decoded: a bad row stops the start with its file and line.
app.Services.GetRequiredService<Remnant.Data.Reference.ReferenceData>();
await DatabaseStartup.InitializeAsync(app.Services, seedDemo: true);
app.Services.GetRequiredService<Readiness>().MarkReady("database");

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization();
app.UseSecurityHeaders();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/docs", o => o.WithTitle("Remnant API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.MapHealth();
app.MapCulture();
app.MapRemnantApi();
app.MapRemnantForms();
app.MapDecisionEndpoint();
app.MapLinkForms();
app.MapScreeningForms();
app.MapStaticAssets();
app.MapRazorComponents<App>();

app.Run();
