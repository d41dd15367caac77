// Spanish messages of legal-aid follow-up (merged into es.ts): timeline
// kinds, the family-update SMS templates and the server's refusals.
export const legalEs = {
  "timeline.kind.LEGAL_RECORD_CHANGED": "Expediente legal modificado",
  "timeline.kind.HEARING_SCHEDULED": "Audiencia programada",
  "timeline.kind.HEARING_CHANGED": "Audiencia modificada",
  "timeline.kind.TASK_ADDED": "Tarea creada",
  "timeline.kind.TASK_CHANGED": "Tarea modificada",
  "timeline.kind.TRANSFER_REQUESTED": "Traslado solicitado",
  "timeline.kind.TRANSFER_ACCEPTED": "Traslado aceptado",
  "timeline.kind.TRANSFER_DECLINED": "Traslado rechazado",
  "timeline.kind.FAMILY_MESSAGE": "Mensaje a la familia",

  // SMS templates: only these placeholders, filled by the server from the case's record.
  "legal.sms.located_at_facility":
    "Consulado de México: {person} se encuentra en {facility}, {city}, {state}. Le mantendremos informado. Caso {caseNumber}.",
  "legal.sms.hearing_scheduled":
    "Consulado de México: {person} tiene audiencia el {date} en {court}. Caso {caseNumber}.",
  "legal.sms.bond_set":
    "Consulado de México: el juez fijó una fianza de {amount} para {person}. Llámenos para orientarle. Caso {caseNumber}.",
  "legal.sms.released": "Consulado de México: {person} fue puesto en libertad. Caso {caseNumber}.",
  "legal.sms.transferred":
    "Consulado de México: el caso de {person} ahora lo atiende el {consulate}. Caso {caseNumber}.",

  "legal.template.located_at_facility": "Ubicado en centro de detención",
  "legal.template.hearing_scheduled": "Audiencia programada",
  "legal.template.bond_set": "Fianza fijada",
  "legal.template.released": "Puesto en libertad",
  "legal.template.transferred": "Caso trasladado",

  "legal.error.case_closed": "El caso está cerrado: solo puede consultarse hasta que se reabra.",
  "legal.error.open_tasks": "El caso tiene tareas abiertas: complételas o cancélelas al cerrar.",
  "legal.error.a_number_taken": "Ese número A ya pertenece a otra persona.",
  "legal.error.a_number_format": "El número A debe tener 8 o 9 dígitos.",
  "legal.error.self_approval": "Otra persona del personal debe aprobar el mensaje.",
  "legal.error.template_data": "Faltan datos del expediente para esta plantilla.",
} satisfies Record<string, string>;
