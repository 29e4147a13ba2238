using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Cluster;

/// <summary>Checks <see cref="ClusterOptions"/> against its data annotations without reflection.</summary>
[OptionsValidator]
internal sealed partial class ClusterOptionsAnnotations : IValidateOptions<ClusterOptions>;
