namespace Translate.Web.Accounts;

/// <summary>Authorization policies for pages and endpoints; the application layer checks the same rules again.</summary>
public static class Policies
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";
}
