using Microsoft.Extensions.Options;

namespace Translate.Web;

/// <summary>What a wrong setting stops the app with: its sentences, one a line on standard error, and no stack trace.</summary>
internal static class WrongSettings
{
    public const int ExitCode = 1;

    /// <summary>The sentences of the wrong settings that <paramref name="exception"/> reports; empty for any other failure.</summary>
    public static IReadOnlyList<string> In(Exception exception) => exception switch
    {
        OptionsValidationException wrong => [.. wrong.Failures],
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) => [.. all.InnerExceptions.SelectMany(In)],
        _ => [],
    };
}
