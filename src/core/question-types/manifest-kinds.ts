// The kinds a manifest exercise can expect, each with the validator of its schema: Kubernetes
// kinds from kubernetes-models, Karpenter's from @kubernetes-models/karpenter, eksctl's
// ClusterConfig from eksctl-schema.ts. Loaded only when a manifest is graded (they are large),
// one kind at a time.
import type * as YamlModule from "yaml";
import { validateClusterConfig, type SchemaError } from "./eksctl-schema.js";

export type Validate = (data: unknown) => SchemaError[];

// The models' constructors take their own typed data: any class with validate() will do.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ModelClass = new (data?: any) => { validate(): void };

type Loader = () => Promise<Validate>;

/** A validator from a kubernetes-models class: its errors, or none. */
function fromModel(load: () => Promise<ModelClass>): Loader {
  return async () => {
    const Model = await load();
    return (data) => {
      try {
        new Model(data).validate();
        return [];
      } catch (error) {
        const errors = (error as { errors?: SchemaError[] }).errors;
        if (!Array.isArray(errors)) throw error;
        return errors;
      }
    };
  };
}

const KINDS: Record<string, Loader> = {
  "v1 Pod": fromModel(async () => (await import("kubernetes-models/v1/Pod")).Pod),
  "v1 Service": fromModel(async () => (await import("kubernetes-models/v1/Service")).Service),
  "v1 ConfigMap": fromModel(async () => (await import("kubernetes-models/v1/ConfigMap")).ConfigMap),
  "v1 Secret": fromModel(async () => (await import("kubernetes-models/v1/Secret")).Secret),
  "v1 Namespace": fromModel(async () => (await import("kubernetes-models/v1/Namespace")).Namespace),
  "v1 ServiceAccount": fromModel(
    async () => (await import("kubernetes-models/v1/ServiceAccount")).ServiceAccount,
  ),
  "v1 PersistentVolumeClaim": fromModel(
    async () => (await import("kubernetes-models/v1/PersistentVolumeClaim")).PersistentVolumeClaim,
  ),
  "v1 PersistentVolume": fromModel(
    async () => (await import("kubernetes-models/v1/PersistentVolume")).PersistentVolume,
  ),
  "v1 ResourceQuota": fromModel(
    async () => (await import("kubernetes-models/v1/ResourceQuota")).ResourceQuota,
  ),
  "v1 LimitRange": fromModel(
    async () => (await import("kubernetes-models/v1/LimitRange")).LimitRange,
  ),
  "apps/v1 Deployment": fromModel(
    async () => (await import("kubernetes-models/apps/v1/Deployment")).Deployment,
  ),
  "apps/v1 StatefulSet": fromModel(
    async () => (await import("kubernetes-models/apps/v1/StatefulSet")).StatefulSet,
  ),
  "apps/v1 DaemonSet": fromModel(
    async () => (await import("kubernetes-models/apps/v1/DaemonSet")).DaemonSet,
  ),
  "batch/v1 Job": fromModel(async () => (await import("kubernetes-models/batch/v1/Job")).Job),
  "batch/v1 CronJob": fromModel(
    async () => (await import("kubernetes-models/batch/v1/CronJob")).CronJob,
  ),
  "autoscaling/v2 HorizontalPodAutoscaler": fromModel(
    async () =>
      (await import("kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler"))
        .HorizontalPodAutoscaler,
  ),
  "policy/v1 PodDisruptionBudget": fromModel(
    async () =>
      (await import("kubernetes-models/policy/v1/PodDisruptionBudget")).PodDisruptionBudget,
  ),
  "networking.k8s.io/v1 Ingress": fromModel(
    async () => (await import("kubernetes-models/networking.k8s.io/v1/Ingress")).Ingress,
  ),
  "networking.k8s.io/v1 IngressClass": fromModel(
    async () => (await import("kubernetes-models/networking.k8s.io/v1/IngressClass")).IngressClass,
  ),
  "networking.k8s.io/v1 NetworkPolicy": fromModel(
    async () =>
      (await import("kubernetes-models/networking.k8s.io/v1/NetworkPolicy")).NetworkPolicy,
  ),
  "storage.k8s.io/v1 StorageClass": fromModel(
    async () => (await import("kubernetes-models/storage.k8s.io/v1/StorageClass")).StorageClass,
  ),
  "rbac.authorization.k8s.io/v1 Role": fromModel(
    async () => (await import("kubernetes-models/rbac.authorization.k8s.io/v1/Role")).Role,
  ),
  "rbac.authorization.k8s.io/v1 RoleBinding": fromModel(
    async () =>
      (await import("kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding")).RoleBinding,
  ),
  "rbac.authorization.k8s.io/v1 ClusterRole": fromModel(
    async () =>
      (await import("kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole")).ClusterRole,
  ),
  "rbac.authorization.k8s.io/v1 ClusterRoleBinding": fromModel(
    async () =>
      (await import("kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding"))
        .ClusterRoleBinding,
  ),
  "karpenter.sh/v1 NodePool": fromModel(
    async () => (await import("@kubernetes-models/karpenter/karpenter.sh/v1/NodePool")).NodePool,
  ),
  "karpenter.k8s.aws/v1 EC2NodeClass": fromModel(
    async () =>
      (await import("@kubernetes-models/karpenter/karpenter.k8s.aws/v1/EC2NodeClass")).EC2NodeClass,
  ),
  "eksctl.io/v1alpha5 ClusterConfig": () => Promise.resolve(validateClusterConfig),
};

export const kindKey = (apiVersion: string, kind: string) => `${apiVersion} ${kind}`;

/** The kinds eks-primer can check, as "apiVersion kind". */
export function knownKinds(): string[] {
  return Object.keys(KINDS);
}

type YamlLib = typeof YamlModule;

const loaded: { yaml?: YamlLib; validators: Map<string, Validate> } = { validators: new Map() };

/** Loads the YAML parser and the validators of these kinds; unknown kinds are left out. */
export async function loadKinds(
  kinds: readonly { apiVersion: string; kind: string }[],
): Promise<void> {
  loaded.yaml ??= await import("yaml");
  for (const { apiVersion, kind } of kinds) {
    const key = kindKey(apiVersion, kind);
    const loader = KINDS[key];
    if (loader && !loaded.validators.has(key)) loaded.validators.set(key, await loader());
  }
}

/** What grading needs, once loadKinds has run. */
export function manifestRuntime(): { yaml: YamlLib; validators: ReadonlyMap<string, Validate> } {
  if (!loaded.yaml) throw new Error("manifest grading needs loadKinds() first");
  return { yaml: loaded.yaml, validators: loaded.validators };
}
