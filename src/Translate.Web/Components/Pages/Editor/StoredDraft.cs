namespace Translate.Web.Components.Pages.Editor;

/// <summary>Typed but unsaved text the browser kept in session storage (see Editor.razor.js).</summary>
public sealed record StoredDraft(Guid SegmentId, string Text, int Version);
