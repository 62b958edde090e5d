using System.Runtime.CompilerServices;
using System.Text;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests.Exchange;

/// <summary>
/// Every file of Fixtures/Exchange is refused as a whole, with a message naming its problem, and nothing is written.
/// The fixtures are templates: {release-id}, {segment-N} and {source-N} become the uploaded release's values, so that
/// everything but the fixture's one problem would be applied.
/// </summary>
public class HostileUploadTests : ExchangeTest
{
    [Theory]
    [InlineData("other-release.xlf", "exchange.other-release")]
    [InlineData("xliff12-other-release.xlf", "exchange.other-release")]
    [InlineData("no-release-id.xlf", "exchange.no-release")]
    [InlineData("other-source-language.xlf", "source language is fr, but en was expected")]
    [InlineData("missing-unit-id.xlf", "A <unit> has no id")]
    [InlineData("duplicate-unit-ids.xlf", "The unit id appears more than once")]
    [InlineData("unknown-inline-code.xlf", "its target has the inline code '9', which its source does not have")]
    [InlineData("foreign-code-ids.xlf", "The inline code id 'b1' is not one of Translate's tag numbers")]
    [InlineData("unclosed-code.xlf", "Inline code '1' is opened but never closed")]
    [InlineData("split-segments.xlf", "exchange.split-units")]
    [InlineData("unknown-unit.xlf", "exchange.unknown-units")]
    [InlineData("changed-source.xlf", "exchange.source-changed")]
    [InlineData("external-entity.xlf", "declares a DTD")]
    [InlineData("billion-laughs.xlf", "declares a DTD")]
    [InlineData("not-xliff.xlf", "The root element is <html>, not XLIFF's <xliff>")]
    [InlineData("truncated.xlf", "not well-formed XML")]
    [InlineData("invalid-utf8.xlf", "not well-formed XML")]
    public async Task UploadXliff_HostileOrBrokenFile_IsRefusedWholeNamingTheProblemAndWritesNothing(string fixture, string problem)
    {
        var id = await AssignedSampleAsync();
        var release = await LoadAsync(id);
        var content = Fixture(fixture, new Dictionary<string, string>
        {
            ["{release-id}"] = id.ToString(),
            ["{segment-1}"] = release.Segments[0].Id.ToString(),
            ["{segment-2}"] = release.Segments[1].Id.ToString(),
            ["{source-1}"] = SampleRelease.Segments[0].Text[Language.En],
            ["{source-2}"] = SampleRelease.Segments[1].Text[Language.En],
        });

        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => UploadAsync(People.Francoise, release.Slug, Language.Fr, content));

        Assert.True(refusal is FormatException or RefusedException, refusal.ToString());
        Assert.Contains(problem, refusal is RefusedException refused ? $"{refused.Refusal.Code}: {refused.Message}" : refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, await RevisionCountAsync(id));
        Assert.All(await TextsAsync(id, Language.Fr), t => Assert.Equal("", t.Value));
    }

    /// <summary>The fixture's bytes with the placeholders filled in; bytes that are not UTF-8 stay as they are.</summary>
    private static byte[] Fixture(string name, IReadOnlyDictionary<string, string> values)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(FixtureFolder(), name)));
        foreach (var (placeholder, value) in values)
        {
            text = text.Replace(placeholder, Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(value)), StringComparison.Ordinal);
        }

        return Encoding.Latin1.GetBytes(text);
    }

    // Read from the source tree: the fixtures sit beside the tests that use them.
    private static string FixtureFolder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Fixtures", "Exchange");
}
