namespace SupportGrains.Silo.Timers;

/// <summary>A registered reminder, as a grain holds it.</summary>
internal sealed record GrainReminder(string ReminderName) : IGrainReminder;
