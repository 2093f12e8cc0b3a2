import { importAnnotations } from "./import-annotations";

export const annotationImportActions = [importAnnotations];
