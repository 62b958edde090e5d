using Translate.Domain.Releases;
using Translate.Domain.Workflow;

namespace Translate.Domain.Assignments;

/// <summary>The ways an editor hands out the segments of a language: all, a range, or split by word count.</summary>
public static class AssignmentPlanner
{
    public static IReadOnlyList<Assignment> All(IEnumerable<Segment> segments, string translatorId) =>
        segments.Select(s => new Assignment(s, translatorId)).ToList();

    /// <summary>Segments numbered <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IReadOnlyList<Assignment> Range(IEnumerable<Segment> segments, int from, int to, string translatorId)
    {
        var all = segments.ToList();
        if (from < 1 || to < from || to > all.Count)
        {
            throw new RefusedException(Refusals.InvalidRange(from, to, all.Count));
        }

        return all.Where(s => s.Number >= from && s.Number <= to).Select(s => new Assignment(s, translatorId)).ToList();
    }

    /// <summary>
    /// Consecutive runs of segments, one per translator, with word counts as even as the segment boundaries allow:
    /// a translator keeps the context of neighbouring sentences.
    /// </summary>
    public static IReadOnlyList<Assignment> SplitByWords(IEnumerable<Segment> segments, IReadOnlyList<string> translatorIds)
    {
        var ordered = segments.OrderBy(s => s.Number).ToList();
        if (translatorIds.Count == 0 || translatorIds.Distinct().Count() != translatorIds.Count)
        {
            throw new RefusedException(Refusals.SplitNeedsTranslators());
        }

        var total = ordered.Sum(s => Math.Max(s.WordCount, 1));
        var plan = new List<Assignment>(ordered.Count);
        var done = 0;
        var translator = 0;
        foreach (var segment in ordered)
        {
            var words = Math.Max(segment.WordCount, 1);

            // Move to the next translator when this segment sits closer to the far side of the current share's end.
            var shareEnd = (double)total * (translator + 1) / translatorIds.Count;
            if (translator < translatorIds.Count - 1 && done + (words / 2.0) > shareEnd)
            {
                translator++;
            }

            plan.Add(new Assignment(segment, translatorIds[translator]));
            done += words;
        }

        return plan;
    }
}
