using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Application.Tests.Exchange;

public class TmxExportTests : ExchangeTest
{
    [Fact]
    public async Task ExportTmx_ApprovedLanguage_HoldsItsPairsAndNotTheUnapprovedOnes()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        await TranslateAllAsync(id, Language.Fr);
        await Review.SubmitAsync(People.Francoise.Id, id, Language.Fr);
        await Review.ApproveAsync(People.Ben.Id, id, Language.Fr);
        await TranslateAllAsync(id, Language.De);

        var file = await Exchange.ExportTmxAsync(People.Anna.Id, slug);
        var entries = TmxReader.Read(new MemoryStream(file.Content), ReaderLimits.Default);

        Assert.Equal(($"{slug}.tmx", "application/x-tmx+xml"), (file.FileName, file.ContentType));
        Assert.All(entries, e => Assert.Equal((Language.En, Language.Fr), (e.SourceLanguage, e.TargetLanguage)));
        Assert.Equal(
            SampleRelease.Segments.Select(s => (s.Text[Language.En], s.Text[Language.Fr])).Distinct(),
            entries.Select(e => (TaggedText.FromInline(e.Source), TaggedText.FromInline(e.Target))));
    }

    [Fact]
    public async Task ExportTmx_AfterACorrection_KeepsThePublishedPairs()
    {
        var id = await AssignedSampleAsync();
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await TranslateAllAsync(id, language);
            await Review.SubmitAsync(translator.Id, id, language);
            await Review.ApproveAsync(People.Ben.Id, id, language);
        }

        await Publishing.PublishAsync(People.Anna.Id, id);
        await Publishing.OpenCorrectionAsync(People.Anna.Id, id);
        await SaveAsync(id, 10, Language.De, "Korrigiert.");

        var entries = TmxReader.Read(new MemoryStream((await Exchange.ExportTmxAsync(People.Anna.Id, await SlugAsync(id))).Content), ReaderLimits.Default);

        var german = entries.Where(e => e.TargetLanguage == Language.De).Select(e => TaggedText.FromInline(e.Target)).ToList();
        Assert.Contains(SampleRelease.Segments[9].Text[Language.De], german);
        Assert.DoesNotContain("Korrigiert.", german);
        Assert.Equal(4, entries.Select(e => e.TargetLanguage).Distinct().Count());
    }

    [Fact]
    public async Task ExportTmx_ByATranslator_IsForbidden()
    {
        var slug = await SlugAsync(await AssignedSampleAsync());

        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() => Exchange.ExportTmxAsync(People.Francoise.Id, slug));

        Assert.Equal("role.editor-required", refusal.Refusal.Code);
    }
}
