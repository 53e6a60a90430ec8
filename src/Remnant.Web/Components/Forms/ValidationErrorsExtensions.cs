using Remnant.Domain.Validation;

namespace Remnant.Web.Components.Forms;

internal static class ValidationErrorsExtensions
{
    /// <summary>The messages for one field (none when it passed).</summary>
    public static IReadOnlyList<string> For(this ValidationErrors? errors, string field) =>
        errors?.Fields.FirstOrDefault(f => f.Key == field).Value ?? [];

    /// <summary>Every message of <paramref name="unreadable"/> (values the form could not read),
    /// then the domain's messages for the other fields: a rule about a value that could not be
    /// read would only confuse.</summary>
    public static ValidationErrors Combine(this ValidationErrors unreadable, ValidationErrors domain)
    {
        var all = new ValidationErrors().Merge(unreadable);
        foreach (var (field, messages) in domain.Fields)
        {
            if (unreadable.For(field).Count > 0) continue;
            foreach (var message in messages) all.Add(field, message);
        }
        return all;
    }
}
