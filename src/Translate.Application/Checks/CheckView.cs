using Translate.Domain.Checks;

namespace Translate.Application.Checks;

/// <summary>A finding as the pages show it: the finding, its values as a key to acknowledge it by, and who let it stand and why.</summary>
public sealed record CheckView(CheckFinding Finding, string ValuesKey, AcknowledgementView? Acknowledgement)
{
    public bool IsError => Finding.Severity == CheckSeverity.Error;

    public bool IsAcknowledged => Acknowledgement is not null;
}

/// <summary>Why a warning may stay, who said so, and when.</summary>
public sealed record AcknowledgementView(string Reason, string AuthorName, DateTimeOffset At);

/// <summary>An acknowledgement stored on a translation, with its author's name, ready to cover findings of text being typed.</summary>
public sealed record SavedAcknowledgement(CheckAcknowledgement Acknowledgement, string AuthorName);
