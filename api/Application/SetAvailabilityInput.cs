using SupportGrains.Grains.Staff;

namespace SupportGrains.Api.Application;

/// <summary>A change of a colleague's availability: from <see cref="From"/> (or today) until <see cref="Until"/> (or further notice), both days included.</summary>
public sealed record SetAvailabilityInput(string StaffId, AvailabilityStatus Status, DateOnly? From, DateOnly? Until, string? Note);
