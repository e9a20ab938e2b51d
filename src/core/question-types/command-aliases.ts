// What eks-primer knows of each program's command line: short flags (only those the tools'
// documentation lists), flags that take no value, and kubectl's resource type names.
import type { CommandProgram } from "../../content/model.js";

/** Short flag -> long flag, per program. */
export const FLAG_ALIASES: Record<CommandProgram, Readonly<Record<string, string>>> = {
  // kubectl reference: kubectl get / apply / logs / exec, and the global --namespace.
  kubectl: {
    "-n": "--namespace",
    "-f": "--filename",
    "-o": "--output",
    "-A": "--all-namespaces",
    "-l": "--selector",
    "-w": "--watch",
    "-c": "--container",
    "-i": "--stdin",
    "-t": "--tty",
    "-k": "--kustomize",
    "-R": "--recursive",
  },
  // eksctl's flag definitions (pkg/ctl/cmdutils): -f config file, -n name, -r region, -p profile.
  eksctl: {
    "-f": "--config-file",
    "-n": "--name",
    "-r": "--region",
    "-p": "--profile",
    "-N": "--nodes",
    "-t": "--node-type",
    "-m": "--nodes-min",
    "-M": "--nodes-max",
    "-w": "--wait",
    "-o": "--output",
  },
  // The AWS CLI has long options only.
  aws: {},
};

/** Flags that take no value (so the word after one is an argument, not its value). */
export const BOOLEAN_FLAGS: Record<CommandProgram, ReadonlySet<string>> = {
  kubectl: new Set([
    "--all-namespaces",
    "--watch",
    "--stdin",
    "--tty",
    "--recursive",
    "--all",
    "--force",
    "--overwrite",
    "--wait",
    "--show-labels",
    "--ignore-daemonsets",
    "--delete-emptydir-data",
  ]),
  eksctl: new Set([
    "--managed",
    "--wait",
    "--approve",
    "--with-oidc",
    "--fargate",
    "--enable-auto-mode",
    "--dry-run",
    "--override-existing-serviceaccounts",
    "--role-only",
    "--spot",
    "--auto-kubeconfig",
    "--without-nodegroup",
    "--drain",
  ]),
  aws: new Set(["--dry-run", "--debug", "--no-paginate", "--no-verify-ssl", "--no-cli-pager"]),
};

const RESOURCES: Record<string, readonly string[]> = {
  pods: ["po", "pod"],
  services: ["svc", "service"],
  deployments: ["deploy", "deployment"],
  namespaces: ["ns", "namespace"],
  nodes: ["no", "node"],
  configmaps: ["cm", "configmap"],
  secrets: ["secret"],
  serviceaccounts: ["sa", "serviceaccount"],
  daemonsets: ["ds", "daemonset"],
  statefulsets: ["sts", "statefulset"],
  replicasets: ["rs", "replicaset"],
  replicationcontrollers: ["rc", "replicationcontroller"],
  jobs: ["job"],
  cronjobs: ["cj", "cronjob"],
  endpoints: ["ep"],
  events: ["ev", "event"],
  ingresses: ["ing", "ingress"],
  ingressclasses: ["ingressclass"],
  networkpolicies: ["netpol", "networkpolicy"],
  persistentvolumeclaims: ["pvc", "persistentvolumeclaim"],
  persistentvolumes: ["pv", "persistentvolume"],
  storageclasses: ["sc", "storageclass"],
  horizontalpodautoscalers: ["hpa", "horizontalpodautoscaler"],
  poddisruptionbudgets: ["pdb", "poddisruptionbudget"],
  customresourcedefinitions: ["crd", "crds", "customresourcedefinition"],
  resourcequotas: ["quota", "resourcequota"],
  limitranges: ["limits", "limitrange"],
  priorityclasses: ["pc", "priorityclass"],
  roles: ["role"],
  rolebindings: ["rolebinding"],
  clusterroles: ["clusterrole"],
  clusterrolebindings: ["clusterrolebinding"],
  nodepools: ["nodepool"],
  ec2nodeclasses: ["ec2nodeclass"],
};

const CANONICAL = new Map<string, string>(
  Object.entries(RESOURCES).flatMap(([name, aliases]) => [
    [name, name] as [string, string],
    ...aliases.map((alias) => [alias, name] as [string, string]),
  ]),
);

/** kubectl's canonical resource type name for a word (po, pod, pods -> pods), if it is one. */
export function canonicalResource(word: string): string | undefined {
  const lower = word.toLowerCase();
  // deployments.apps, deployments.v1.apps: the group (and version) after the type.
  return CANONICAL.get(lower) ?? CANONICAL.get(lower.split(".")[0] ?? "");
}
