using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Validation;

namespace Remnant.Data.Exchange;

internal sealed partial class CsvImportPlan
{
    private void ResolveItems(List<CsvRow> rows, IProgress<ExchangeProgress>? progress)
    {
        // Where every item will stand once the file is applied, so a row may name a parent that a
        // later row defines as well as a stored one.
        var placed = _items.Values.ToDictionary(i => i.Id, i => (Recovery: i.RecoveryId, Parent: i.ParentItemId), StringComparer.Ordinal);
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (firstLine.TryAdd(row.ItemId, row.Line))
                placed[row.ItemId] = (row.RecoveryId, Has(CsvColumns.ParentItemId) ? row.ParentItemId : _items.GetValueOrDefault(row.ItemId)?.ParentItemId);
        }
        var done = 0;
        foreach (var row in rows)
        {
            if (firstLine[row.ItemId] != row.Line)
                report.LineProblem(row.Line, CsvColumns.ItemId, $"Item '{row.ItemId}' is already on line {firstLine[row.ItemId]}.");
            else ResolveItem(row, placed);
            if (++done % 256 == 0) progress?.Report(new ExchangeProgress("Checking", done, rows.Count));
        }
    }

    private void ResolveItem(CsvRow row, Dictionary<string, (string Recovery, string? Parent)> placed)
    {
        if (!Ids.IsValid(row.ItemId) || row.Category is not { } category) return;
        var isNew = !_items.TryGetValue(row.ItemId, out var target);
        if (target?.RetractedAt is not null)
        {
            report.LineProblem(row.Line, CsvColumns.ItemId, $"Item '{row.ItemId}' is retracted: a CSV import does not change it.");
            return;
        }
        if (target is not null && target.RecoveryId != row.RecoveryId)
        {
            report.LineProblem(row.Line, CsvColumns.RecoveryId,
                $"Item '{row.ItemId}' is stored in recovery '{target.RecoveryId}': an item stays in the recovery it was recorded in.");
            return;
        }
        var parent = placed[row.ItemId].Parent;
        if (parent is not null && Ids.IsValid(parent))
        {
            if (!placed.TryGetValue(parent, out var p))
                report.LineProblem(row.Line, CsvColumns.ParentItemId, $"No item '{parent}' in this file or the database.");
            else if (p.Recovery != row.RecoveryId)
                report.LineProblem(row.Line, CsvColumns.ParentItemId,
                    $"Item '{parent}' is in recovery '{p.Recovery}', not '{row.RecoveryId}': a component is in its parent's recovery.");
        }

        target ??= new Item { Id = row.ItemId, RecoveryId = row.RecoveryId, CreatedAt = _now };
        var fields = target.ToFields() with { Category = category };
        if (isNew) fields = new ItemFields(category);
        fields = fields with
        {
            ParentItemId = parent,
            Model = Has(CsvColumns.Model) ? row.Model : fields.Model,
            Manufacturer = Has(CsvColumns.Manufacturer) ? row.Manufacturer : fields.Manufacturer,
            CountryOfManufacture = Has(CsvColumns.CountryOfManufacture) ? row.CountryOfManufacture : fields.CountryOfManufacture,
            SerialNumber = Has(CsvColumns.SerialNumber) ? row.SerialNumber : fields.SerialNumber,
            LotNumber = Has(CsvColumns.LotNumber) ? row.LotNumber : fields.LotNumber,
            Calibre = Has(CsvColumns.Calibre) ? row.Calibre : fields.Calibre,
            Quantity = Has(CsvColumns.Quantity) ? row.Quantity : fields.Quantity,
        };
        var errors = Item.Apply(target, fields, Ancestry(parent, placed));
        report.LineProblems(row.Line, errors, CsvColumns.FromDomainField);
        var readings = NewReadings(row);
        if (!errors.IsValid || readings is null) return;
        if (isNew) Changes.Create(target);
        else Changes.Touch(target);
        foreach (var text in readings)
            Changes.Create(Marking.Create(Ids.New("marking", clock), target.Id, new MarkingFields(text), actor, _now));
    }

    /// <summary>The readings of the row that the item does not already carry; null when one is invalid.</summary>
    private List<string>? NewReadings(CsvRow row)
    {
        var fresh = new List<string>();
        var valid = true;
        foreach (var text in row.Markings)
        {
            var errors = Marking.Validate(new MarkingFields(text));
            report.LineProblems(row.Line, errors, CsvColumns.FromDomainField);
            valid &= errors.IsValid;
            if (errors.IsValid && Readings(row.ItemId).Add(text)) fresh.Add(text);
        }
        return valid ? fresh : null;
    }

    private static IEnumerable<string> Ancestry(string? parent, Dictionary<string, (string Recovery, string? Parent)> placed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (parent is not null && seen.Add(parent))
        {
            yield return parent;
            parent = placed.TryGetValue(parent, out var p) ? p.Parent : null;
        }
    }
}
