namespace Translate.Domain.Checks;

/// <summary>
/// A date of the source must come back as the same day, written as the target language writes dates: "16 January 2018"
/// is "16 janvier 2018" in French, "16. Januar 2018" in German and Luxembourgish, "2018年1月16日" in Chinese.
/// </summary>
internal sealed class DateCheck : ITranslationCheck
{
    public const string MissingCode = "check.date-missing";
    public const string FormCode = "check.date-form";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var left = pair.TargetDates.ToList();
        foreach (var date in pair.SourceDates)
        {
            var kept = left.Find(t => t.IsSameDateAs(date));
            if (kept is null)
            {
                yield return CheckFinding.Error(MissingCode, $"The date {date.Written} of the source is not in the translation.", ("date", date.Written));
                continue;
            }

            left.Remove(kept);
            if (!kept.WrittenIn.Contains(pair.TargetLanguage))
            {
                yield return CheckFinding.Warning(FormCode, $"The date {kept.Written} is not written as the translation's language writes dates.", ("date", kept.Written));
            }
        }
    }
}
