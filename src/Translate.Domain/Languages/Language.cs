namespace Translate.Domain.Languages;

/// <summary>The five languages of the press office. Stored and exchanged by <see cref="LanguageCodes.Code"/>.</summary>
public enum Language
{
    En,
    Fr,
    De,
    Lb,
    Zh,
}
