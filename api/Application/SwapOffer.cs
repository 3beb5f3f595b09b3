using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;

namespace SupportGrains.Api.Application;

/// <summary>A swap proposed for a shift, with the shift, its person, and who proposed it (by name).</summary>
public sealed record SwapOffer(ShiftSwap Swap, RotaShift Shift, PersonView Person, string ProposedByName, string? WantedName);
