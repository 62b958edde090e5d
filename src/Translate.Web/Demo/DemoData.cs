using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Glossaries;
using Translate.Application.Users;
using Translate.Application.Publishing;
using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Translations;

namespace Translate.Web.Demo;

/// <summary>
/// On a new database in demo mode: the demo people, the sample release part-way through its workflow
/// (fr approved, de in review, lb sent back with a comment, zh not started), a short release already published, and
/// a glossary of the sample's terms.
/// Everything goes through the application services, so the demo obeys the same rules as real work.
/// </summary>
internal sealed class DemoData(
    IOptions<DemoOptions> options,
    IDbContextFactory<TranslateDbContext> databases,
    PeopleService people,
    ReleaseService releases,
    AssignmentService assignments,
    TranslationService translations,
    ReviewService review,
    PublishingService publishing,
    GlossaryService glossary,
    TimeProvider clock,
    ILogger<DemoData> logger)
{
    public async Task SeedIfEnabledAsync()
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        bool isNew;
        await using (var db = await databases.CreateDbContextAsync())
        {
            isNew = !await db.Users.AnyAsync();
        }

        if (isNew)
        {
            await SeedAsync();
        }

        if (await DemoPeopleExistAsync())
        {
            logger.LogWarning(
                "Demo mode is on: every demo person signs in with the password \"{Password}\": {People}. Turn it off with Demo:Enabled=false.",
                options.Value.Password,
                string.Join(", ", DemoPeople.All.Select(p => $"{p.Email} ({string.Join("/", p.Roles)}{string.Concat(p.Languages.Select(l => " " + l.Code()))})")));
        }
    }

    private async Task SeedAsync()
    {
        foreach (var person in DemoPeople.All)
        {
            var result = await people.CreateAtSetupAsync(new NewPerson(person.Email, person.Name, options.Value.Password, person.Roles, person.Languages));
            if (!result.Succeeded)
            {
                // On a new database only the password can be refused: Identity judges this setting, not the settings reader.
                throw new OptionsValidationException(Options.DefaultName, typeof(DemoOptions),
                    [$"Demo:Password was refused for the demo people: {string.Join(" ", result.Errors.Select(e => e.Description))}"]);
            }
        }

        var ids = await IdsAsync();
        await SeedPublishedConferenceAsync(ids);
        await SeedSampleAsync(ids);
        await DemoGlossary.SeedAsync(glossary, ids[DemoPeople.Anna]);
        logger.LogInformation("Created the demo people, releases and glossary.");
    }

    private async Task SeedSampleAsync(Dictionary<DemoPerson, string> ids)
    {
        var anna = ids[DemoPeople.Anna];
        var ben = ids[DemoPeople.Ben];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var source = DemoTexts.Sample(Language.En);
        var release = await releases.CreateAsync(anna, new NewRelease(
            PlainTextReader.Read(source, Language.En).Segments.First(), Language.En, null, today.AddDays(3), null, source));
        await releases.StartTranslationAsync(anna, release.Id);
        foreach (var language in release.TargetLanguages)
        {
            await assignments.AssignAllAsync(anna, release.Id, language, ids[DemoPeople.TranslatorOf(language)]);
        }

        await TranslateAsync(release.Id, Language.Fr, DemoTexts.Sample(Language.Fr), ids);
        await review.SubmitAsync(ids[DemoPeople.Francoise], release.Id, Language.Fr);
        await review.ApproveAsync(ben, release.Id, Language.Fr);

        await TranslateAsync(release.Id, Language.De, DemoTexts.Sample(Language.De), ids);
        await review.SubmitAsync(ids[DemoPeople.Dieter], release.Id, Language.De);

        await TranslateAsync(release.Id, Language.Lb, DemoTexts.Sample(Language.Lb), ids);
        await review.SubmitAsync(ids[DemoPeople.Lena], release.Id, Language.Lb);
        var sentBack = await SegmentIdAsync(release.Id, number: 7);
        await review.RequestChangesAsync(ben, release.Id, Language.Lb,
            [new SegmentComment(sentBack, "Satellittemissiounen: please check the n-rule and the plural here.")]);
    }

    private async Task SeedPublishedConferenceAsync(Dictionary<DemoPerson, string> ids)
    {
        var ben = ids[DemoPeople.Ben];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var source = DemoTexts.Conference[Language.En];
        var release = await releases.CreateAsync(ben, new NewRelease(
            PlainTextReader.Read(source, Language.En).Segments.First(), Language.En, null, today.AddDays(-1), null, source));
        await releases.StartTranslationAsync(ben, release.Id);
        foreach (var language in release.TargetLanguages)
        {
            var translator = DemoPeople.TranslatorOf(language);
            await assignments.AssignAllAsync(ben, release.Id, language, ids[translator]);
            await TranslateAsync(release.Id, language, DemoTexts.Conference[language], ids);
            await review.SubmitAsync(ids[translator], release.Id, language);
            await review.ApproveAsync(ids[DemoPeople.Anna], release.Id, language);
        }

        await publishing.PublishAsync(ben, release.Id);
    }

    /// <summary>The translator types the reference text, segment by segment (its segments line up with the source's).</summary>
    private async Task TranslateAsync(Guid releaseId, Language language, string text, Dictionary<DemoPerson, string> ids)
    {
        var targets = PlainTextReader.Read(text, language).Segments.ToList();
        await using var db = await databases.CreateDbContextAsync();
        var open = await db.Translations
            .Where(t => t.ReleaseId == releaseId && t.Language == language)
            .Select(t => new { t.SegmentId, t.Segment.Number, t.Version })
            .OrderBy(t => t.Number)
            .ToListAsync();
        foreach (var translation in open)
        {
            await translations.SaveAsync(ids[DemoPeople.TranslatorOf(language)], releaseId, translation.SegmentId, language,
                targets[translation.Number - 1], translation.Version, TranslationState.Translated);
        }
    }

    private async Task<Guid> SegmentIdAsync(Guid releaseId, int number)
    {
        await using var db = await databases.CreateDbContextAsync();
        return await db.Segments.Where(s => s.ReleaseId == releaseId && s.Number == number).Select(s => s.Id).SingleAsync();
    }

    private async Task<Dictionary<DemoPerson, string>> IdsAsync()
    {
        await using var db = await databases.CreateDbContextAsync();
        var emails = DemoPeople.All.Select(p => p.Email).ToList();
        var users = await db.Users.Where(u => emails.Contains(u.Email!)).Select(u => new { u.Id, u.Email }).ToListAsync();
        return DemoPeople.All.ToDictionary(p => p, p => users.Single(u => u.Email == p.Email).Id);
    }

    private async Task<bool> DemoPeopleExistAsync()
    {
        await using var db = await databases.CreateDbContextAsync();
        return await db.Users.AnyAsync(u => u.Email == DemoPeople.Admin.Email);
    }
}
