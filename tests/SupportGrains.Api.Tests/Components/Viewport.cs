namespace SupportGrains.Api.Tests.Components;

/// <summary>A screen the web app is checked on: a name for screenshots, and its size in CSS pixels.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    /// <summary>A phone (the 390×844).</summary>
    public static Viewport Phone { get; } = new("phone", 390, 844);

    /// <summary>The narrowest phone every page must fit without scrolling sideways.</summary>
    public static Viewport Narrow { get; } = new("narrow", 360, 740);

    public static Viewport Desktop { get; } = new("desktop", 1280, 800);

    public override string ToString() => $"{Name} {Width}×{Height}";
}
