{{/*
Chart name, truncated to the 63 characters a DNS label allows.
*/}}
{{- define "gf-instruments.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name. The release name is used alone when it already contains the chart name,
so `helm install gf-instruments .` gives "gf-instruments" rather than "gf-instruments-gf-instruments".
*/}}
{{- define "gf-instruments.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "gf-instruments.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "gf-instruments.labels" -}}
helm.sh/chart: {{ include "gf-instruments.chart" . }}
{{ include "gf-instruments.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels: immutable on a Deployment, so only name and instance, never the version.
*/}}
{{- define "gf-instruments.selectorLabels" -}}
app.kubernetes.io/name: {{ include "gf-instruments.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "gf-instruments.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "gf-instruments.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "gf-instruments.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
