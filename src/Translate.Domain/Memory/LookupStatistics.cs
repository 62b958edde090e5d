namespace Translate.Domain.Memory;

/// <summary>
/// What one lookup did: the units of the language pair, the candidates the index found (sharing enough tokens, of a
/// possible length) and the exact edit-distance scorings among them. Scored stays far below Units when the index works.
/// </summary>
public readonly record struct LookupStatistics(int Units, int Candidates, int Scored);
