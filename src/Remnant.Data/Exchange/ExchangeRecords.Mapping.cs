using Remnant.Domain.Cases;
using Remnant.Domain.Custody;
using Remnant.Domain.Evidence;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Exchange;

/// <summary>Records as they are written out, from the stored entities.</summary>
public static class ExchangeMapping
{
    public static CaseRecord ToRecord(this Case c) =>
        new(c.Id, c.Title, c.Description, c.CreatedAt, c.RetractedAt, c.RetractedBy, c.RetractionReason);

    public static RecoveryRecord ToRecord(this Recovery r) =>
        new(r.Id, r.CaseId, r.Latitude, r.Longitude, r.Country, r.AdminArea, r.PlaceName, r.RecoveredOn, r.DocumentedOn,
            r.Circumstances, r.SourceType, r.DocumentedBy, r.CreatedAt, r.RetractedAt, r.RetractedBy, r.RetractionReason);

    public static ItemRecord ToRecord(this Item i) =>
        new(i.Id, i.RecoveryId, i.ParentItemId, i.Category, i.Model, i.Manufacturer, i.CountryOfManufacture, i.SerialNumber,
            i.LotNumber, i.Calibre, i.Quantity, i.Description, i.Condition, i.CreatedAt, i.RetractedAt, i.RetractedBy, i.RetractionReason);

    public static MarkingRecord ToRecord(this Marking m) =>
        new(m.Id, m.ItemId, m.Text, m.Location, m.Method, m.Legibility, m.EvidenceFileId, m.SupersedesId, m.CreatedAt,
            m.CreatedBy, m.RetractedAt, m.RetractedBy, m.RetractionReason);

    public static EvidenceFileRecord ToRecord(this EvidenceFile e) =>
        new(e.Id, e.Sha256, e.Size, e.MediaType, e.OriginalName, e.ItemId, e.RecoveryId, e.Caption, e.CapturedAt,
            e.GpsLatitude, e.GpsLongitude, e.Present, e.IsIllustration, e.UploadedAt, e.UploadedBy, e.RetractedAt,
            e.RetractedBy, e.RetractionReason);

    public static CustodyEventRecord ToRecord(this CustodyEvent c) =>
        new(c.Id, c.ItemId, c.EvidenceFileId, c.FromHolder, c.ToHolder, c.OccurredAt, c.Place, c.Purpose, c.RecordedAt,
            c.RecordedBy, c.RetractedAt, c.RetractedBy, c.RetractionReason);
}
