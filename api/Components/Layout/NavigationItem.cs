using SupportGrains.Api.Access;

namespace SupportGrains.Api.Components.Layout;

/// <summary>A page in the navigation: where it is, what it is called, its icon, and who may use it.</summary>
public sealed record NavigationItem(string Href, string Title, string Icon, Func<Actor, bool> MayUse);
