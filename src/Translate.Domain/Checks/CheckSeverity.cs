namespace Translate.Domain.Checks;

/// <summary>An error blocks submitting the language; a warning can be acknowledged with a reason.</summary>
public enum CheckSeverity
{
    Error,
    Warning,
}
