using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>A source longer than a release may hold is refused with its count before anything is stored; a long one within the limit works.</summary>
public class LongSourceTests : ApplicationTest
{
    private static string Paragraphs(int count) => string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"Sentence number {i} of the annual report."));

    [Fact]
    public async Task Create_WithMoreSegmentsThanTheLimit_IsRefusedWithTheCountAndStoresNothing()
    {
        var refused = await Assert.ThrowsAsync<RefusedException>(() => Releases.CreateAsync(People.Anna.Id, new NewRelease(
            "Annual report", Language.En, null, new DateOnly(2027, 1, 16), null, Paragraphs(20_001))));

        Assert.Equal(Refusals.TooManySegments(20_001, 20_000).Message, refused.Refusal.Message);
        await using var db = App.NewContext();
        Assert.False(await db.Releases.AnyAsync());
    }

    [Fact]
    public async Task ChangeSource_ToMoreSegmentsThanTheLimit_IsRefusedAndTheSourceStays()
    {
        var id = await AssignedSampleAsync();
        var before = await LoadAsync(id);

        var refused = await Assert.ThrowsAsync<RefusedException>(() =>
            Releases.ChangeSourceAsync(People.Anna.Id, id, Paragraphs(20_001), before.EditVersion));

        Assert.Equal("release.too-many-segments", refused.Refusal.Code);
        Assert.Equal(16, (await LoadAsync(id)).Segments.Count);
    }

    [Fact]
    public async Task Create_FromA250KilobyteText_MakesEverySegmentAndStarts()
    {
        var text = PressReleaseText(minBytes: 250 * 1024);

        var release = await Releases.CreateAsync(People.Anna.Id, new NewRelease(
            "Speech", Language.En, null, new DateOnly(2027, 1, 16), null, text));
        await Releases.StartTranslationAsync(People.Anna.Id, release.Id);

        var stored = await LoadAsync(release.Id);
        Assert.Equal(Releases.PreviewSegmentation(text, Language.En).Segments.Count(), stored.Segments.Count);
        Assert.True(stored.Segments.Count > 1_500);
        Assert.Equal(stored.Segments.Count * 4, stored.Translations.Count);
    }

    [Theory]
    [InlineData(null, 20_000)]
    [InlineData("5000", 5_000)]
    public void Options_ReadTheLimitFromConfiguration(string? value, int expected) =>
        Assert.Equal(expected, Read(value).MaxSegments);

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public void Options_RefuseALimitThatIsNotAPositiveNumber_NamingTheSettingAndTheValue(string value) =>
        Assert.Equal([$"Releases:MaxSegments must be a positive number of segments (got '{value}')."],
            Assert.Throws<OptionsValidationException>(() => Read(value)).Failures);

    private static ReleaseOptions Read(string? maxSegments) => SettingsReader.Read(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ReleaseOptions.MaxSegmentsKey] = maxSegments }).Build(),
        new ReleaseOptions(),
        ReleaseOptions.Read);

    /// <summary>The sample's English text, repeated until it is at least that long.</summary>
    private static string PressReleaseText(int minBytes)
    {
        var sample = SampleRelease.Text(Language.En);
        return string.Join("\n\n", Enumerable.Repeat(sample, (minBytes / System.Text.Encoding.UTF8.GetByteCount(sample)) + 1));
    }
}
