"use client";

import { useState } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { BulkImport } from "./bulk-import";
import { FileSource } from "./file-source";
import type { ImportTarget, Preview } from "./import-types";
import { PasteSource } from "./paste-source";
import { ReviewForm } from "./review-form";
import { UrlSource } from "./url-source";

type Step = { kind: "source" } | { kind: "review"; preview: Preview } | { kind: "bulk"; files: File[] };

/**
 * The import flow: pick a way in (paste, files, a web address), review the
 * draft's details, save. Several files skip the review and import one by
 * one with a progress bar. The sources keep what was typed when the editor
 * comes back from a review.
 */
export function ImportWorkspace({ target, maxBytes }: { target: ImportTarget; maxBytes: number }) {
  const [step, setStep] = useState<Step>({ kind: "source" });
  const [tab, setTab] = useState("paste");
  const back = () => setStep({ kind: "source" });

  const onPreview = (preview: Preview) => setStep({ kind: "review", preview });
  return (
    <>
      {step.kind === "review" ? <ReviewForm preview={step.preview} target={target} onBack={back} /> : null}
      {step.kind === "bulk" ? <BulkImport files={step.files} maxBytes={maxBytes} onBack={back} /> : null}
      {/* Hidden, not unmounted, during a review: going back finds the text, address and files as they were. */}
      <div hidden={step.kind !== "source"}>
        <Tabs value={tab} onValueChange={setTab}>
          <TabsList aria-label="Way in">
            <TabsTrigger value="paste">Paste text</TabsTrigger>
            <TabsTrigger value="files">Upload files</TabsTrigger>
            <TabsTrigger value="url">From a web address</TabsTrigger>
          </TabsList>
          {/* Mounted all along (forceMount), hidden when inactive: each source keeps what was typed. */}
          <TabsContent value="paste" forceMount className="data-[state=inactive]:hidden">
            <PasteSource onPreview={onPreview} />
          </TabsContent>
          <TabsContent value="files" forceMount className="data-[state=inactive]:hidden">
            <FileSource
              allowMany={!target}
              maxBytes={maxBytes}
              onPreview={onPreview}
              onBulk={(files) => setStep({ kind: "bulk", files })}
            />
          </TabsContent>
          <TabsContent value="url" forceMount className="data-[state=inactive]:hidden">
            <UrlSource onPreview={onPreview} />
          </TabsContent>
        </Tabs>
      </div>
    </>
  );
}
