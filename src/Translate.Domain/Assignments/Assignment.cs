using Translate.Domain.Releases;

namespace Translate.Domain.Assignments;

/// <summary>One segment given to one translator, in the language being assigned.</summary>
public sealed record Assignment(Segment Segment, string TranslatorId);
