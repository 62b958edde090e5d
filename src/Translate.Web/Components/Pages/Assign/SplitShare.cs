using Translate.Application.Assignments;
using Translate.Domain.Assignments;

namespace Translate.Web.Components.Pages.Assign;

/// <summary>What one translator would get from a split, for the preview shown before the editor confirms it.</summary>
public sealed record SplitShare(string TranslatorId, string Name, string Numbers, int Segments, int Words)
{
    /// <summary>
    /// Plans the split with the domain's own planner, as the server will when the editor confirms;
    /// translators are taken in the order the board lists them.
    /// </summary>
    public static IReadOnlyList<SplitShare> Preview(AssignmentBoard board, IReadOnlyCollection<string> chosenIds)
    {
        ArgumentNullException.ThrowIfNull(board);
        var translators = board.Translators.Where(t => chosenIds.Contains(t.Id)).ToList();
        if (translators.Count == 0)
        {
            return [];
        }

        var plan = AssignmentPlanner.SplitByWords(board.Segments.Select(s => s.Segment), translators.Select(t => t.Id).ToList());
        return translators
            .Select(t =>
            {
                var segments = plan.Where(a => a.TranslatorId == t.Id).Select(a => a.Segment).ToList();
                return new SplitShare(t.Id, t.Name, Ranges(segments.Select(s => s.Number)), segments.Count, segments.Sum(s => s.WordCount));
            })
            .ToList();
    }

    /// <summary>Segment numbers as runs: "1–8", or "1–3, 5" should they not follow each other; empty for none (the page says so in its language).</summary>
    private static string Ranges(IEnumerable<int> numbers)
    {
        var runs = new List<(int From, int To)>();
        foreach (var number in numbers.Order())
        {
            if (runs.Count > 0 && runs[^1].To == number - 1)
            {
                runs[^1] = (runs[^1].From, number);
            }
            else
            {
                runs.Add((number, number));
            }
        }

        return string.Join(", ", runs.Select(r => r.From == r.To ? $"{r.From}" : $"{r.From}–{r.To}"));
    }
}
