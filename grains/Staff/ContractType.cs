namespace SupportGrains.Grains.Staff;

/// <summary>How a colleague is employed. Bank and agency staff count in staff-per-person only.</summary>
[GenerateSerializer]
[Alias("SupportGrains.ContractType")]
public enum ContractType
{
    Permanent,
    Temporary,
    Bank,
    Agency,
}
