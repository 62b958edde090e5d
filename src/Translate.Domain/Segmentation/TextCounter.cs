namespace Translate.Domain.Segmentation;
public static class TextCounter
{
    public static int Count(string text, Translate.Domain.Languages.Language language) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
