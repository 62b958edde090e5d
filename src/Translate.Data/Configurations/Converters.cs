using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Translate.Domain.Languages;

namespace Translate.Data.Configurations;

/// <summary>Languages are stored by their code ("en", "zh"), the form every file and URL uses too.</summary>
internal sealed class LanguageConverter() : ValueConverter<Language, string>(l => l.Code(), s => LanguageCodes.Parse(s))
{
    public const int MaxLength = 8;
}
