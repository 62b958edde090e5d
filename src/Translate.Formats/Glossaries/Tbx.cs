namespace Translate.Formats.Glossaries;

/// <summary>
/// The names TBX gives what Translate keeps, and how Translate keeps what TBX-Basic has no data category for.
/// <list type="bullet">
/// <item>The approved term of a language is its <c>preferredTerm-admn-sts</c> term (else its first admitted or unmarked one); forbidden variants are its
/// <c>deprecatedTerm-admn-sts</c> (or <c>supersededTerm-admn-sts</c>) terms.</item>
/// <item>A case-sensitive term carries <c>&lt;note&gt;translate:case-sensitive&lt;/note&gt;</c> in its
/// <c>termSec</c>, and a do-not-translate entry <c>&lt;note&gt;translate:do-not-translate&lt;/note&gt;</c> in its
/// <c>conceptEntry</c>: notes are allowed everywhere in TBX-Basic, so the file stays valid, other tools show them to
/// translators as the instructions they are, and Translate reads them back.</item>
/// <item>The entry's note is a <c>note</c> of the <c>conceptEntry</c>, its subject a <c>descrip type="subjectField"</c>,
/// a term's note a <c>note</c> of its <c>termSec</c>.</item>
/// </list>
/// </summary>
internal static class Tbx
{
    public const string Namespace = "urn:iso:std:iso:30042:ed-2";
    public const string CaseSensitive = "translate:case-sensitive";
    public const string DoNotTranslate = "translate:do-not-translate";
    public const string Preferred = "preferredTerm-admn-sts";
    public const string Deprecated = "deprecatedTerm-admn-sts";
    public const string Superseded = "supersededTerm-admn-sts";
}
