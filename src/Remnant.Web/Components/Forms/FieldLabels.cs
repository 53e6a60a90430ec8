using Microsoft.Extensions.Localization;

namespace Remnant.Web.Components.Forms;

/// <summary>The label of every field, by the camelCase name the domain's <c>ValidationErrors</c>
/// and the API use, so a message lands next to the input it is about.</summary>
internal static class FieldLabels
{
    public static string Of(IStringLocalizer L, string field) => field switch
    {
        "title" => L["Title"],
        "description" => L["Description"],
        "caseId" => L["Case"],
        "latitude" => L["Latitude"],
        "longitude" => L["Longitude"],
        "country" => L["Country"],
        "adminArea" => L["Province or region"],
        "placeName" => L["Place name"],
        "recoveredOn" => L["Recovered on"],
        "documentedOn" => L["Documented on"],
        "circumstances" => L["Circumstances"],
        "sourceType" => L["Source"],
        "documentedBy" => L["Documented by"],
        "category" => L["Category"],
        "parentItemId" => L["Component of"],
        "model" => L["Type or model"],
        "manufacturer" => L["Manufacturer"],
        "countryOfManufacture" => L["Country of manufacture"],
        "serialNumber" => L["Serial number"],
        "lotNumber" => L["Lot number"],
        "calibre" => L["Calibre"],
        "quantity" => L["Quantity"],
        "condition" => L["Condition"],
        "text" => L["Marking as seen"],
        "location" => L["Place on the item"],
        "method" => L["Method"],
        "legibility" => L["Legibility"],
        "evidenceFileId" => L["Photo that shows it"],
        "fromHolder" => L["Handed over by"],
        "toHolder" => L["Received by"],
        "occurredAt" => L["When (UTC)"],
        "place" => L["Place"],
        "purpose" => L["Purpose"],
        "reason" => L["Reason"],
        "caption" => L["Caption"],
        "files" => L["Photos and documents"],
        _ => field,
    };
}
