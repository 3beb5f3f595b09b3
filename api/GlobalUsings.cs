global using Orleans;
global using Orleans.Hosting;
global using SupportGrains.Grains.Common;
global using ErrorCode = SupportGrains.Grains.Common.ErrorCode;
