global using Orleans;
global using Orleans.Concurrency;
global using Orleans.Runtime;
global using SupportGrains.Grains.Common;
global using ErrorCode = SupportGrains.Grains.Common.ErrorCode;
