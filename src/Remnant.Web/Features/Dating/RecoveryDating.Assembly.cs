using Remnant.Domain.Dating;
using Remnant.Domain.Markings;

namespace Remnant.Web.Features.Dating;

internal sealed partial class RecoveryDating
{
    /// <summary>Not-before through the whole component tree below <paramref name="itemId"/>; null
    /// when the item has no components or none of them is dated.</summary>
    public AssemblyDto? AssemblyOf(string itemId)
    {
        if (!_items.ContainsKey(itemId) || !_children[itemId].Any()) return null;
        var result = AssemblyNotBefore.Of(Node(itemId, 0));
        if (result.NotBefore is not { } notBefore) return null;
        var labels = result.DeterminedBy.Select(id => _items.TryGetValue(id, out var item) ? Label(item) : id).ToList();
        var setterMarkings = _markings.GetValueOrDefault(result.DeterminedBy[^1]) ?? [];
        var settingMarking = setterMarkings.Where(m => m.Dating?.Evidence.Interval.From == notBefore).Select(m => m.Marking.Text).FirstOrDefault();
        var provisional = setterMarkings.Any(m => m.Dating is { Provisional: true });
        // The tree knows items by id: the sentence names the setter by its label and the marking that dates it.
        var why = result.WhySetBy(labels[^1], settingMarking);
        return new AssemblyDto(notBefore, result.DeterminedBy, labels, provisional, why);
    }

    // Contradictory windows date nothing: they are reported on their own item, not spread upwards.
    private ComponentNode Node(string itemId, int depth) => new(itemId, WindowOf(itemId).Interval,
        depth > 64 ? [] : _children[itemId].Select(c => Node(c.Id, depth + 1)).ToList());

    /// <summary>Every assembly of the recovery with the newest component date code beneath it.</summary>
    public IEnumerable<NewestDateCodeDto> NewestDateCodes()
    {
        foreach (var assembly in _items.Values.Where(i => _children[i.Id].Any()).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id))
        {
            NewestDateCodeDto? newest = null;
            foreach (var id in Descendants(assembly.Id))
            {
                foreach (var (marking, _, dating) in _markings.GetValueOrDefault(id) ?? [])
                {
                    if (dating is null || !DateCodeSystems.Contains(dating.Reading.System)) continue;
                    var interval = dating.Evidence.Interval;
                    if (newest is not null && interval.From <= newest.From) continue;
                    newest = new NewestDateCodeDto(assembly.Id, Label(assembly), id, Label(_items[id]), marking.Text, dating.Reading.System,
                        interval.From, interval.To, dating.Provisional);
                }
            }
            if (newest is not null) yield return newest;
        }
    }

    private IEnumerable<string> Descendants(string itemId)
    {
        var stack = new Stack<string>(_children[itemId].Select(c => c.Id));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id)) continue;
            yield return id;
            foreach (var child in _children[id]) stack.Push(child.Id);
        }
    }
}
