using Microsoft.Extensions.Localization;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;

namespace Remnant.Web.Components.Display;

/// <summary>The reader's words for the domain's fixed vocabularies.</summary>
internal static class Labels
{
    public static string Category(IStringLocalizer L, ItemCategory category) => category switch
    {
        ItemCategory.SmallArm => L["Small arm"],
        ItemCategory.LightWeapon => L["Light weapon"],
        ItemCategory.Ammunition => L["Ammunition"],
        ItemCategory.Missile => L["Missile or rocket"],
        ItemCategory.Uav => L["Uncrewed aerial vehicle"],
        ItemCategory.Artillery => L["Artillery"],
        ItemCategory.Explosive => L["Explosive"],
        ItemCategory.Component => L["Component"],
        ItemCategory.Packaging => L["Packaging"],
        ItemCategory.Document => L["Document"],
        _ => category.ToString(),
    };

    public static string Method(IStringLocalizer L, MarkingMethod method) => method switch
    {
        MarkingMethod.Unknown => L["Not known"],
        MarkingMethod.Stamped => L["Stamped"],
        MarkingMethod.Stencilled => L["Stencilled"],
        MarkingMethod.Printed => L["Printed"],
        MarkingMethod.Engraved => L["Engraved"],
        MarkingMethod.Cast => L["Cast or moulded"],
        MarkingMethod.Label => L["Label or sticker"],
        MarkingMethod.Handwritten => L["Handwritten"],
        _ => method.ToString(),
    };

    public static string Legibility(IStringLocalizer L, Legibility legibility) => legibility switch
    {
        Domain.Markings.Legibility.Clear => L["Clear"],
        Domain.Markings.Legibility.Partial => L["Partly legible"],
        Domain.Markings.Legibility.Poor => L["Poor"],
        _ => legibility.ToString(),
    };

    public static string Source(IStringLocalizer L, SourceType source) => source switch
    {
        SourceType.FieldDocumentation => L["Own field documentation"],
        SourceType.PartnerGovernment => L["Partner government"],
        SourceType.SeizureRecord => L["Seizure record"],
        SourceType.Other => L["Other documented source"],
        _ => source.ToString(),
    };

    /// <summary>History actions and record types as written by the history interceptor.</summary>
    public static string Action(IStringLocalizer L, string action) => action switch
    {
        "created" => L["Creation"],
        "updated" => L["Update"],
        "retracted" => L["Retraction"],
        _ => action,
    };

    public static string RecordType(IStringLocalizer L, string type) => type switch
    {
        "Case" => L["Case"],
        "Recovery" => L["Recovery"],
        "Item" => L["Item"],
        "Marking" => L["Marking"],
        "EvidenceFile" => L["Evidence file"],
        "CustodyEvent" => L["Custody event"],
        _ => type,
    };
}
