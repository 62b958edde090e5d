using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Domain.Tests.Glossaries;

public class GlossaryEntryTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Term_Empty_IsRefused(string text)
    {
        var refused = Assert.Throws<RefusedException>(() => new GlossaryTerm(Language.Fr, text));

        Assert.Equal(("glossary.term-empty", "The fr term is empty."), (refused.Refusal.Code, refused.Message));
        Assert.Equal([Language.Fr], refused.Refusal.Values.Values);
    }

    [Fact]
    public void Term_LongerThanTheLimit_IsRefusedNamingTheLimit()
    {
        var refused = Assert.Throws<RefusedException>(() => new GlossaryTerm(Language.De, new string('a', GlossaryTerm.MaxLength + 1)));

        Assert.Equal("glossary.term-too-long", refused.Refusal.Code);
        Assert.Equal([Language.De, 200], refused.Refusal.Values.Values);
    }

    [Fact]
    public void Term_AtTheLimit_IsAccepted() =>
        Assert.Equal(200, new GlossaryTerm(Language.De, new string('a', GlossaryTerm.MaxLength)).Text.Length);

    [Theory]
    [InlineData("ministère de l'Économie", "Ministère de l’Économie", false)]
    [InlineData("ministère de l'Économie", "ministère  de l'Économie", false)]
    [InlineData("CAS", "CAS", true)]
    public void Term_WithItselfAsForbiddenVariant_IsRefused(string term, string variant, bool caseSensitive)
    {
        var refused = Assert.Throws<RefusedException>(() => new GlossaryTerm(Language.Fr, term, caseSensitive, [variant]));

        Assert.Equal("glossary.forbidden-is-term", refused.Refusal.Code);
        Assert.Equal([variant, Language.Fr], refused.Refusal.Values.Values);
    }

    [Fact]
    public void Term_CaseSensitiveWithAVariantInAnotherCase_IsAccepted() =>
        Assert.Equal(["Mou"], new GlossaryTerm(Language.En, "MoU", caseSensitive: true, forbiddenVariants: ["Mou"]).ForbiddenVariants);

    [Fact]
    public void Term_WithAnEmptyForbiddenVariant_IsRefused() =>
        Assert.Equal("glossary.forbidden-empty",
            Assert.Throws<RefusedException>(() => new GlossaryTerm(Language.Lb, "Lëtzebuerg", forbiddenVariants: [" "])).Refusal.Code);

    [Fact]
    public void Term_WithTooManyForbiddenVariants_IsRefused()
    {
        var variants = Enumerable.Range(1, GlossaryTerm.MaxForbiddenVariants + 1).Select(i => $"variant {i}");

        Assert.Equal("glossary.too-many-forbidden",
            Assert.Throws<RefusedException>(() => new GlossaryTerm(Language.En, "term", forbiddenVariants: variants)).Refusal.Code);
    }

    [Fact]
    public void Term_TextAndVariants_AreTrimmedAndVariantsKeptOnce()
    {
        var term = new GlossaryTerm(Language.Fr, "  Luxembourg ", forbiddenVariants: ["Grand-Duché du Luxembourg ", " Grand-Duché du Luxembourg"], note: "  ");

        Assert.Equal(("Luxembourg", null), (term.Text, term.Note));
        Assert.Equal(["Grand-Duché du Luxembourg"], term.ForbiddenVariants);
    }

    [Fact]
    public void Entry_WithoutTerms_IsRefused() =>
        Assert.Equal("glossary.no-terms", Assert.Throws<RefusedException>(() => new GlossaryEntry(Guid.NewGuid(), [])).Refusal.Code);

    [Fact]
    public void Entry_WithTwoTermsOfOneLanguage_IsRefusedNamingTheLanguage()
    {
        var refused = Assert.Throws<RefusedException>(() => new GlossaryEntry(Guid.NewGuid(),
            [new GlossaryTerm(Language.De, "Luxemburg"), new GlossaryTerm(Language.En, "Luxembourg"), new GlossaryTerm(Language.De, "Großherzogtum")]));

        Assert.Equal("glossary.duplicate-language", refused.Refusal.Code);
        Assert.Equal([Language.De], refused.Refusal.Values.Values);
    }

    [Fact]
    public void Entry_WithANoteTooLong_IsRefused() =>
        Assert.Equal("glossary.note-too-long", Assert.Throws<RefusedException>(() =>
            new GlossaryEntry(Guid.NewGuid(), [new GlossaryTerm(Language.En, "x")], note: new string('n', GlossaryEntry.MaxNoteLength + 1))).Refusal.Code);

    [Fact]
    public void Entry_WithASubjectTooLong_IsRefused() =>
        Assert.Equal("glossary.subject-too-long", Assert.Throws<RefusedException>(() =>
            new GlossaryEntry(Guid.NewGuid(), [new GlossaryTerm(Language.En, "x")], subject: new string('s', GlossaryEntry.MaxSubjectLength + 1))).Refusal.Code);

    [Fact]
    public void Entry_DoNotTranslate_GivesItsNameForEveryLanguage()
    {
        var entry = new GlossaryEntry(Guid.NewGuid(), [new GlossaryTerm(Language.En, "SpaceResources.lu")], doNotTranslate: true);

        Assert.All(LanguageCodes.All, l => Assert.Equal("SpaceResources.lu", entry.TermIn(l)?.Text));
    }

    [Fact]
    public void Entry_ToTranslate_GivesNoTermForALanguageItLacks() =>
        Assert.Null(new GlossaryEntry(Guid.NewGuid(), [new GlossaryTerm(Language.En, "Economy")]).TermIn(Language.Fr));

    [Fact]
    public void Glossary_WithOneIdTwice_IsRefused()
    {
        var id = Guid.NewGuid();
        var refused = Assert.Throws<RefusedException>(() => new Glossary(
            [new GlossaryEntry(id, [new GlossaryTerm(Language.En, "a")]), new GlossaryEntry(id, [new GlossaryTerm(Language.En, "b")])]));

        Assert.Equal(("glossary.duplicate-entry", (object)id), (refused.Refusal.Code, refused.Refusal.Values["id"]));
    }
}
