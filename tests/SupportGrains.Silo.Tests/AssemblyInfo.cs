using Xunit;

// Silos bind ports and the SQLite tests measure nothing, but on a 2-core machine running silos side by
// side only makes timing-dependent tests (reminders) slower and flakier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
