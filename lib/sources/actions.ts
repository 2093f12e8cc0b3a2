import { snapshotSource } from "./capture-snapshot";
import { createSource } from "./create-source";
import { deleteSource, updateSource } from "./edit-source";
import { searchSources } from "./find-sources";

export const sourceActions = [createSource, updateSource, deleteSource, snapshotSource, searchSources];
