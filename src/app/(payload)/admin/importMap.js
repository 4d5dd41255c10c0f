import { WorkflowPanel as WorkflowPanel_9168d7f4a9a9ae1abb1fc28b012db3f0 } from '@/components/admin/WorkflowPanel'
import { StatusCell as StatusCell_ff32efc137541c6552ed42594a323755 } from '@/components/admin/StatusCell'
import { NotInForm as NotInForm_7a49b1fcdab3ea345381cbf86fbe6f6b } from '@/components/admin/NotInForm'
import { DeferredField as DeferredField_6bce425dd7ec5a5b06dcbfe1e126525b } from '@/components/admin/DeferredField'
import { NoDiff as NoDiff_5a28b83168b15f6b3896881e2fb47550 } from '@/components/admin/NoDiff'
import { ConflictCopy as ConflictCopy_faa136b7aa455f4f5f0d187d27bd8e58 } from '@/components/admin/ConflictCopy'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BulletLinesFeatureClient as BulletLinesFeatureClient_f2474c8fc3fd100c441f8613185acc6c } from '@/components/admin/richtext/BulletLines'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlinePhotoLabel as InlinePhotoLabel_3a016d23da675dea050cdb1029d73134 } from '@/components/admin/InlinePhotoLabel'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DeferredBody as DeferredBody_81cf37cfe0b58a39bee89e6616633b34 } from '@/components/admin/richtext/DeferredBody'
import { LeaveUntouched as LeaveUntouched_f8547caa8f7f4d2941b7524327dc4bc2 } from '@/components/admin/LeaveUntouched'
import { StoryLength as StoryLength_b3bfb12257ed4a220a3ea1b838ceb0b5 } from '@/components/admin/StoryLength'
import { TranslationPanel as TranslationPanel_68ceb5ec578af4a1e65355fa49ddeca5 } from '@/components/admin/TranslationPanel'
import { BulkWorkflow as BulkWorkflow_48518637654b5ccce8e46bd51acb9941 } from '@/components/admin/BulkWorkflow'
import { WorkflowPublishButton as WorkflowPublishButton_a76041231c457f387d96a0bd344f33be } from '@/components/admin/WorkflowPublishButton'
import { WorkflowStatus as WorkflowStatus_a76041231c457f387d96a0bd344f33be } from '@/components/admin/WorkflowPublishButton'
import { NoUnpublishButton as NoUnpublishButton_a76041231c457f387d96a0bd344f33be } from '@/components/admin/WorkflowPublishButton'
import { Versions as Versions_74bacfdf3de264bec45863ae9acd09ee } from '@/components/admin/Versions'
import { MetadataPrefill as MetadataPrefill_b92415cd2b37d875f41109b2f27e8ad6 } from '@/components/admin/MetadataPrefill'
import { FocalPointPicker as FocalPointPicker_4492803b03b63d7ad9490731da43daeb } from '@/components/admin/FocalPointPicker'
import { Icon as Icon_066c562e10ad4e70ff0de1a39f9b91f6 } from '@/components/admin/Brand'
import { Logo as Logo_066c562e10ad4e70ff0de1a39f9b91f6 } from '@/components/admin/Brand'
import { ReviewQueueLink as ReviewQueueLink_4becd43847b43efa9be17ace8c4d14b6 } from '@/components/admin/ReviewQueueLink'
import { BrowserZone as BrowserZone_3525634acbb9a348b361309902018046 } from '@/components/admin/BrowserZone'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { Home as Home_8a89cb3401df454fc0dd907858616642 } from '@/components/admin/Home'
import { ReviewQueue as ReviewQueue_3392d5d6e0be1caabbeee642652b3ef1 } from '@/components/admin/ReviewQueue'
import { PhotoDesk as PhotoDesk_2262e811b246e4c29992cf30e8d9e980 } from '@/components/admin/PhotoDesk'
import { Recovery as Recovery_e9ad3cc5ea335b86d2d9051dd995967d } from '@/components/admin/Recovery'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_9168d7f4a9a9ae1abb1fc28b012db3f0,
  "@/components/admin/StatusCell#StatusCell": StatusCell_ff32efc137541c6552ed42594a323755,
  "@/components/admin/NotInForm#NotInForm": NotInForm_7a49b1fcdab3ea345381cbf86fbe6f6b,
  "@/components/admin/DeferredField#DeferredField": DeferredField_6bce425dd7ec5a5b06dcbfe1e126525b,
  "@/components/admin/NoDiff#NoDiff": NoDiff_5a28b83168b15f6b3896881e2fb47550,
  "@/components/admin/ConflictCopy#ConflictCopy": ConflictCopy_faa136b7aa455f4f5f0d187d27bd8e58,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@/components/admin/richtext/BulletLines#BulletLinesFeatureClient": BulletLinesFeatureClient_f2474c8fc3fd100c441f8613185acc6c,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/InlinePhotoLabel#InlinePhotoLabel": InlinePhotoLabel_3a016d23da675dea050cdb1029d73134,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/richtext/DeferredBody#DeferredBody": DeferredBody_81cf37cfe0b58a39bee89e6616633b34,
  "@/components/admin/LeaveUntouched#LeaveUntouched": LeaveUntouched_f8547caa8f7f4d2941b7524327dc4bc2,
  "@/components/admin/StoryLength#StoryLength": StoryLength_b3bfb12257ed4a220a3ea1b838ceb0b5,
  "@/components/admin/TranslationPanel#TranslationPanel": TranslationPanel_68ceb5ec578af4a1e65355fa49ddeca5,
  "@/components/admin/BulkWorkflow#BulkWorkflow": BulkWorkflow_48518637654b5ccce8e46bd51acb9941,
  "@/components/admin/WorkflowPublishButton#WorkflowPublishButton": WorkflowPublishButton_a76041231c457f387d96a0bd344f33be,
  "@/components/admin/WorkflowPublishButton#WorkflowStatus": WorkflowStatus_a76041231c457f387d96a0bd344f33be,
  "@/components/admin/WorkflowPublishButton#NoUnpublishButton": NoUnpublishButton_a76041231c457f387d96a0bd344f33be,
  "@/components/admin/Versions#Versions": Versions_74bacfdf3de264bec45863ae9acd09ee,
  "@/components/admin/MetadataPrefill#MetadataPrefill": MetadataPrefill_b92415cd2b37d875f41109b2f27e8ad6,
  "@/components/admin/FocalPointPicker#FocalPointPicker": FocalPointPicker_4492803b03b63d7ad9490731da43daeb,
  "@/components/admin/Brand#Icon": Icon_066c562e10ad4e70ff0de1a39f9b91f6,
  "@/components/admin/Brand#Logo": Logo_066c562e10ad4e70ff0de1a39f9b91f6,
  "@/components/admin/ReviewQueueLink#ReviewQueueLink": ReviewQueueLink_4becd43847b43efa9be17ace8c4d14b6,
  "@/components/admin/BrowserZone#BrowserZone": BrowserZone_3525634acbb9a348b361309902018046,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/Home#Home": Home_8a89cb3401df454fc0dd907858616642,
  "@/components/admin/ReviewQueue#ReviewQueue": ReviewQueue_3392d5d6e0be1caabbeee642652b3ef1,
  "@/components/admin/PhotoDesk#PhotoDesk": PhotoDesk_2262e811b246e4c29992cf30e8d9e980,
  "@/components/admin/Recovery#Recovery": Recovery_e9ad3cc5ea335b86d2d9051dd995967d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
