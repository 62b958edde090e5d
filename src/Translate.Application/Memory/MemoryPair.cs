using Translate.Domain.Languages;

namespace Translate.Application.Memory;

/// <summary>A language pair of the memory and how many units it holds.</summary>
public sealed record MemoryPair(Language SourceLanguage, Language TargetLanguage, int Units);
