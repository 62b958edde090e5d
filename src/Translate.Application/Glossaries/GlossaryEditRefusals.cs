using Translate.Domain.Workflow;

namespace Translate.Application.Glossaries;

/// <summary>Why a change to the glossary as a whole (an import) is refused: a code for the UI, the English sentence.</summary>
public static class GlossaryEditRefusals
{
    public static Refusal ChangedMeanwhile() =>
        Refusal.Create("glossary.changed-meanwhile", "Others kept changing the glossary while it was imported; import the file again.");
}
