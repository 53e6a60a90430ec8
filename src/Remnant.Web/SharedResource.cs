namespace Remnant.Web;

/// <summary>Anchor type for the UI strings. Keys are the English text; Arabic lives in
/// <c>Resources/SharedResource.ar.resx</c>.</summary>
public sealed class SharedResource;
