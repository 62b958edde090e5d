namespace Translate.Domain.Checks;

internal interface ITranslationCheck
{
    IEnumerable<CheckFinding> Run(CheckedPair pair);
}
