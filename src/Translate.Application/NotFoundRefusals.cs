using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Application;

/// <summary>What a <see cref="NotFoundException"/> says was not found: a code for the UI, its values, the English sentence.</summary>
public static class NotFoundRefusals
{
    public static Refusal Release(string slug) =>
        Refusal.Create("not-found.release", $"There is no release '{slug}'.", ("slug", slug));

    public static Refusal ReleaseId(Guid id) =>
        Refusal.Create("not-found.release-id", $"There is no release {id}.", ("id", id));

    public static Refusal NotATarget(Language language, string slug) =>
        Refusal.Create("not-found.target-language", $"{language.Code()} is not a target language of '{slug}'.", ("language", language), ("slug", slug));

    public static Refusal NotALanguage(Language language, string slug) =>
        Refusal.Create("not-found.language", $"{language.Code()} is not a language of the release '{slug}'.", ("language", language), ("slug", slug));

    public static Refusal NoDocument(string slug, string extension) =>
        Refusal.Create("not-found.document", $"The release '{slug}' has no .{extension} document to export.", ("slug", slug), ("extension", extension));

    public static Refusal Segment(string slug, Guid segmentId) =>
        Refusal.Create("not-found.segment", $"Release {slug} has no segment {segmentId}.", ("slug", slug), ("segment", segmentId));

    public static Refusal Person(string userId) =>
        Refusal.Create("not-found.person", $"There is no person {userId}.", ("person", userId));
}
