using MudBlazor;

namespace SupportGrains.Api.Components.Layout;

/// <summary>
/// The app's colours and type. Every colour used for text or as a background of text keeps a
/// contrast of at least 4.5:1 (WCAG AA), and status colours always come with words. No web fonts:
/// the system's own, so nothing is fetched from elsewhere.
/// </summary>
public static class SupportGrainsTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4ed8",
            Secondary = "#4b5563",
            Tertiary = "#6d28d9",
            Info = "#1d4ed8",
            Success = "#166534",
            Warning = "#8a4b00",
            Error = "#b91c1c",
            AppbarBackground = "#1e3a8a",
            AppbarText = "#ffffff",
            Background = "#f6f7f9",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1b1f24",
            DrawerIcon = "#374151",
            TextPrimary = "#1b1f24",
            TextSecondary = "#4b5563",
            ActionDefault = "#374151",
            LinesInputs = "#6b7280",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },

            // Sentence case reads more easily than capitals, and the words on a button are what a user looks for.
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
