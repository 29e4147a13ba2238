using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Storage;

/// <summary>Checks <see cref="StorageOptions"/> against its data annotations without reflection.</summary>
[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
