using Translate.Domain.Documents;

namespace Translate.Domain.Checks;

/// <summary>A lost or unpaired tag loses the formatting or the link it carries when the document is rebuilt.</summary>
internal sealed class InlineTagCheck : ITranslationCheck
{
    public const string MissingCode = "check.tag-missing";
    public const string ExtraCode = "check.tag-extra";
    public const string UnbalancedCode = "check.tags-unbalanced";

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var source = Written(pair.TaggedSource);
        var target = Written(pair.TaggedTarget);

        foreach (var tag in Without(source, target))
        {
            yield return CheckFinding.Error(MissingCode, $"The tag {tag} of the source is missing.", ("tag", tag));
        }

        foreach (var tag in Without(target, source))
        {
            yield return CheckFinding.Error(ExtraCode, $"The tag {tag} is not in the source.", ("tag", tag));
        }

        if (InlineTags.Problem(pair.TaggedTarget) is { } problem)
        {
            yield return CheckFinding.Error(UnbalancedCode, problem);
        }
    }

    private static List<string> Written(string text) =>
    [
        .. InlineTags.Find(text).Select(t => t.Kind switch
        {
            InlineTagKind.Opening => InlineTags.Opening(t.Id),
            InlineTagKind.Closing => InlineTags.Closing(t.Id),
            _ => InlineTags.Standalone(t.Id),
        }),
    ];

    // Multiset difference: a tag written twice in the source must be written twice in the translation.
    private static List<string> Without(List<string> these, List<string> those)
    {
        var left = new List<string>(these);
        foreach (var tag in those)
        {
            left.Remove(tag);
        }

        return left;
    }
}
