using Translate.Domain.Translations;

namespace Translate.Application.Editing;

/// <summary>The translation as stored after a save: the next save is based on <see cref="Version"/>.</summary>
public sealed record SavedTranslation(Guid TranslationId, string Text, TranslationState State, int Version);
